# Turkish, German, French, Spanish and Russian stories for the seventy-fourth held-out part (h74-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Markup and fields as in articles_h74_en.py.
ARTICLES = [
dict(id="h74-tr-001", lang="tr", tpl="wordpress", section="Kent", date="2026-06-22", byline="Elif Karakaya",
     title="Kiralık scooterlara park alanı zorunluluğu geldi",
     sub="Yeşilvadi Belediyesi, kaldırımlara gelişigüzel bırakılan scooterlar için 35 park alanı belirledi.",
     caption="Eski Çarşı girişinde işaretlenen ilk scooter park alanı.", credit="Fotoğraf: Elif Karakaya",
     carry=["escooterzones"],
     look=[("dropcap", "Yeşilvadi'de kiralık")],
     body="""
Yeşilvadi'de kiralık elektrikli scooter kullananlar, temmuz ayından itibaren yolculuklarını yalnızca belediyenin belirlediği park alanlarında bitirebilecek.

Belediye meclisi, kaldırımlara, rampalara ve otobüs duraklarına bırakılan scooterlarla ilgili şikâyetlerin ardından yeni düzenlemeyi oy birliğiyle kabul etti. Kent genelinde 35 park alanı boyanacak.

Kentte iki şirket toplam 900 scooter işletiyor. Belediye verilerine göre geçen yıl scooterlarla 410 bin yolculuk yapıldı, en yoğun saatler ise akşam 17.00 ile 20.00 arası oldu.

Engelli Dernekleri Federasyonu il temsilcisi Kemal Uysal, düzenlemenin geç geldiğini söyledi. "Tekerlekli sandalyeyle kaldırımdan inmek zorunda kaldığım günleri sayamıyorum."

## Eski Çarşı'ya giriş yok

Yeni kurallara göre scooterlar Eski Çarşı ve Bedesten çevresinde otomatik olarak duracak. Sahil yürüyüş yolunda ise hız saatte 10 kilometreyle sınırlanacak.

Park alanı dışında bırakılan scooterlar için kullanıcıdan ücret kesilmeye devam edecek. Üç kez kural dışı park eden kullanıcıların hesabı bir ay askıya alınacak.

Şirketler de her sabah saat 08.00'e kadar yanlış yere bırakılan araçları toplamakla yükümlü olacak.

Ulaşım Daire Başkanı Sinan Aktaş, ilk ay uyarı dönemi uygulanacağını, ceza kesilmeyeceğini belirtti.

On altı yaşından küçüklerin scooter kiralaması ise eskisi gibi yasak.
"""),

dict(id="h74-tr-002", lang="tr", tpl="drupal", section="İnsan", date="2026-01-19", byline="Burak Şahinoğlu",
     title="Dereboyu'nun son kalaycısı: 'Bakır konuşur, dinlemeyi bileceksin'",
     sub="Halil Usta elli yıldır aynı dükkânda bakır kap kalaylıyor. Çırak bulamadığı için bu yıl kepenk indiriyor.",
     caption="Halil Usta dükkânında kalay eritirken.", credit="Fotoğraf: Burak Şahinoğlu",
     look=[("box", "Kalaylama, bakır kabın iç yüzeyinin")],
     body="""
Halil Dönmez, ya da Dereboyu'da herkesin bildiği adıyla Halil Usta, 1976'dan beri çarşının arka sokağındaki küçük dükkânında bakır kap kalaylıyor. 68 yaşında ve bu yıl dükkânı kapatacak. Kendisiyle ocağın başında konuştuk.

**Bu mesleğe nasıl başladınız?**

On iki yaşında babamın yanında körük çekerek. O zaman çarşıda yedi kalaycı vardı. Şimdi bir ben kaldım.

**Neden kapatıyorsunuz?**

Çırak yok. Gelen gençler bir hafta dayanıyor, sonra dumandan, sıcaktan kaçıyor. Ben de artık eskisi gibi eğilemiyorum.

Kalaylama, bakır kabın iç yüzeyinin ince bir kalay tabakasıyla kaplanmasıdır. Kalaysız bakır kapta pişen yemek sağlığa zararlı olabilir, bu yüzden kaplar birkaç yılda bir yeniden kalaylanmalıdır.

**En zor iş?**

Bir düğün için getirilen dev bir kazan. İçine girip kalayladım. Çıktığımda kaşlarım yanmıştı.

**Bugün kimler kalaylatıyor?**

Eskiden her ev gelirdi. Şimdi daha çok lokantalar, bir de annesinin tenceresini atmaya kıyamayan gençler.

**Aletleriniz ne olacak?**

Belediye kent müzesinde küçük bir köşe yapmak istiyor. Körüğü, örsü, kalay çubuklarını oraya vereceğim.

Halil Usta, dükkânın mart sonuna kadar açık kalacağını, elinde kabı olanların o zamana kadar getirebileceğini söylüyor.
"""),

dict(id="h74-tr-003", lang="tr", tpl="hugo", section="Köyler", date="2026-09-10", byline="Gülşen Aydemir",
     title="Yukarı köylere 40 yıl sonra yeniden minibüs hattı",
     sub="Dereboyu'nun beş dağ köyü, kooperatifin aldığı minibüsle yeniden ilçe merkezine bağlandı.",
     caption="Yeni minibüs ilk seferinde Yukarıkışla köy meydanında.", credit="Fotoğraf: Gülşen Aydemir",
     look=[("br", "65 yaş üstü ve öğrenciler")],
     body="""
Dereboyu'nun yukarı köylerinde oturanlar, pazartesi sabahı 40 yıl aradan sonra ilk kez düzenli bir minibüsle ilçe merkezine indi.

Beş köyü birbirine ve ilçeye bağlayan son minibüs hattı 1986'da kaldırılmıştı. O günden beri köylüler ya kendi aracıyla, ya komşusuyla ya da yürüyerek ana yola inip otobüs bekliyordu.

Hattı, köylerin ortaklaşa kurduğu tarım kooperatifi işletecek. Kooperatif, 14 kişilik minibüsü bir kalkınma ajansı hibesi ve köylülerin topladığı 180 bin lirayla aldı.

## Güzergâh ve duraklar

Minibüs her gün iki kez şu duraklardan geçecek:

- Yukarıkışla köy meydanı
- Çamlıca okulu önü
- Kocapınar çeşmesi
- Aşağıkışla cami önü
- Dereboyu ilçe pazaryeri

Sefer ücreti 25 lira.

65 yaş üstü ve öğrenciler ücretsiz yararlanacak.

## "Doktora gidemiyorduk"

Yukarıkışla muhtarı Ayten Korkmaz, en çok yaşlıların sevindiğini söyledi. "Bazı komşularımız hastane randevusunu, kimseye yük olmamak için iptal ediyordu."

Şoförlüğü, köyde büyüyen ve yıllarca İstanbul'da servis şoförlüğü yapan Veli Doğan üstlendi. Doğan, ilk seferde minibüsün yarısının sepet, yumurta ve peynirle dolduğunu anlattı.

Sabah seferi saat 07.15'te Yukarıkışla'dan kalkıyor, dönüş seferi ise 16.30'da pazaryerinden.
"""),

dict(id="h74-de-001", lang="de", tpl="amp", section="Umwelt", date="2026-04-06", byline="Stefanie Brandl",
     title="Schadstoffmobil sammelt im April an drei Tagen",
     sub="Alte Farben, Pflanzenschutzmittel und Batterien können im Landkreis kostenlos abgegeben werden, diesmal nur mit Termin.",
     caption="Mitarbeiter des Schadstoffmobils beim Sortieren in Talbach.", credit="Foto: Stefanie Brandl",
     carry=["wasteamnesty"],
     look=[("br", "Wer ohne Termin kommt, wird weggeschickt.")],
     body="""
Das Schadstoffmobil des Landkreises ist im April wieder unterwegs. An drei Tagen können Haushalte in Talbach, Rothenau und Oberweiler problematische Abfälle kostenlos abgeben.

Neu ist in diesem Jahr, dass man sich vorher anmelden muss. Im vergangenen Herbst standen die Autos in Talbach bis auf die Bundesstraße, manche Leute warteten fast zwei Stunden.

Die Anmeldung ist online oder telefonisch beim Abfallwirtschaftsbetrieb möglich. Pro Termin sind zehn Minuten vorgesehen.

Wer ohne Termin kommt, wird weggeschickt.

## Was angenommen wird

Angenommen werden haushaltsübliche Mengen bis zu 30 Kilogramm, zum Beispiel:

- Lacke, Farben und Verdünner
- Unkrautvernichter und andere Pflanzenschutzmittel
- Autobatterien und Altöl
- Quecksilberthermometer und Energiesparlampen

Ausgehärtete Dispersionsfarbe gehört dagegen in den Restmüll, weil sie nicht mehr gefährlich ist. Das spart Platz im Mobil.

Laut Abfallberater Jonas Kremer landet noch immer zu viel im Ausguss. „Ein Liter Altöl kann eine Million Liter Trinkwasser verderben. Das ist keine Übertreibung.“

Die Stoffe sollen in der Originalverpackung gebracht und nicht zusammengeschüttet werden. Das Personal lädt die Behälter selbst aus, Kunden bleiben im Auto.

Gewerbebetriebe sind von der Sammlung ausgeschlossen und müssen ihre Abfälle weiter über Fachfirmen entsorgen.
"""),

dict(id="h74-de-002", lang="de", tpl="semantic", section="Talbach", date="2026-12-09", byline="Florian Haas",
     title="Ein Feuerwerk für alle statt Böller in der Altstadt",
     sub="Talbach verbietet an Silvester private Raketen in der Altstadt und lädt stattdessen zu einem zentralen Feuerwerk auf den Marktplatz.",
     caption="Der Marktplatz von Talbach mit dem historischen Rathaus.", credit="Foto: Florian Haas",
     carry=["fireworksfinder"],
     look=[("italic", "„Das Rathaus ist 500 Jahre alt. Es soll noch ein paar Jahre stehen.\u201c")],
     body="""
In der Talbacher Altstadt dürfen an Silvester keine privaten Raketen und Böller mehr gezündet werden. Dafür gibt es um Mitternacht zum ersten Mal ein zentrales Feuerwerk auf dem Marktplatz.

Der Stadtrat hat das Verbot am Dienstag mit 19 zu 6 Stimmen beschlossen. Es gilt innerhalb der alten Stadtmauer, wo viele Häuser noch Fachwerk und hölzerne Dachstühle haben.

Anlass war der vergangene Jahreswechsel: Eine Rakete flog in einen offenen Dachboden in der Färbergasse, das Feuer konnte erst nach drei Stunden gelöscht werden. Verletzt wurde niemand.

Bürgermeisterin Carola Weinzierl sagte in der Sitzung, es gehe nicht darum, den Leuten den Spaß zu nehmen.

„Das Rathaus ist 500 Jahre alt. Es soll noch ein paar Jahre stehen.“

Das Feuerwerk wird von einer Pyrotechnikfirma aus der Region gezündet und soll zwölf Minuten dauern. Es kostet die Stadt rund 18.000 Euro, die Hälfte davon übernehmen die Stadtwerke und zwei Brauereien.

Nicht alle sind zufrieden. Die Fraktion der Freien Wähler hält das Verbot für schwer zu kontrollieren und hätte sich eine Probephase gewünscht.

Die Polizei kündigte an, in der Silvesternacht mit zusätzlichen Streifen in der Altstadt unterwegs zu sein. Wer trotzdem zündet, riskiert ein Bußgeld von bis zu 1.000 Euro.

Außerhalb der Stadtmauer bleibt privates Feuerwerk zu den üblichen Zeiten erlaubt.

Der Marktplatz ist ab 23 Uhr geöffnet, Glasflaschen sind dort nicht erlaubt.
"""),

dict(id="h74-de-003", lang="de", tpl="sanity", section="Freizeit", date="2026-05-15", byline="Johanna Reiter",
     title="Förderverein rettet die Saison im Freibad Rothenau",
     sub="Weil der Gemeinde das Personal fehlte, sollte das Freibad in diesem Sommer geschlossen bleiben. Jetzt springen Ehrenamtliche ein.",
     caption="Das Freibad Rothenau kurz vor dem Saisonstart.", credit="Foto: Johanna Reiter",
     carry=["calendar"],
     look=[("dropcap", "Das Freibad Rothenau öffnet")],
     body="""
Das Freibad Rothenau öffnet am 23. Mai doch noch. Ehrenamtliche des Fördervereins übernehmen in diesem Sommer die Kasse, den Kiosk und einen Teil der Aufsicht.

Im Februar hatte die Gemeinde angekündigt, das Bad bleibe geschlossen. Zwei der drei Schwimmmeister waren in Rente gegangen, Nachfolger hatten sich trotz dreier Ausschreibungen nicht gemeldet.

**Rettungsschwimmer aus dem Dorf**

Der Förderverein hat daraufhin 26 Mitglieder zu Rettungsschwimmern ausbilden lassen. Die Kurse fanden im Hallenbad der Kreisstadt statt, bezahlt hat sie die Sparkasse.

Am Beckenrand muss weiterhin mindestens eine Fachkraft stehen. Dafür hat die Gemeinde einen Schwimmmeister aus einem Nachbarort für die Wochenenden gewonnen, unter der Woche teilen sich der verbliebene Schwimmmeister und eine Studentin die Schichten.

**Kürzere Öffnungszeiten**

Das Bad ist werktags von 13 bis 19 Uhr und am Wochenende von 10 bis 19 Uhr geöffnet, bei schlechtem Wetter bleibt es zu. Die Eintrittspreise bleiben gleich.

Vereinsvorsitzender Andreas Kühnle sagte, viele hätten nicht glauben wollen, dass ein Dorf sein Bad verlieren könnte. „Hier hat jeder schwimmen gelernt, meine Kinder, ich, meine Eltern.“

**Was noch fehlt**

Für den Kiosk sucht der Verein noch Helferinnen und Helfer für einzelne Nachmittage. Wer eine Schicht übernehmen will, kann sich in die Liste am Eingang eintragen.

Zur Eröffnung gibt es um 13 Uhr Freibier für alle über 18 und ein Eis für alle darunter.
"""),

dict(id="h74-fr-001", lang="fr", tpl="storybody", section="Loisirs", date="2026-07-06", byline="Camille Vidal",
     title="Le feu d'artifice du 14-Juillet revient au lac de Montfaucon",
     sub="Supprimé depuis 2022 à cause de la sécheresse, le spectacle sera tiré depuis un ponton au milieu du lac.",
     caption="Le lac de Montfaucon, où sera installé le ponton de tir.", credit="Photo : Camille Vidal",
     carry=["fireworksfinder"],
     body="""
Après quatre ans d'absence, le feu d'artifice du 14-Juillet sera de nouveau tiré au-dessus du lac de Montfaucon.

Le spectacle avait été annulé en 2022, puis les années suivantes, à cause des risques d'incendie dans les pins qui entourent le plan d'eau. Cet été, la mairie a trouvé une parade : les fusées partiront d'un ponton flottant installé au milieu du lac, à 200 mètres de la rive.

« Comme ça, si une braise tombe, elle tombe dans l'eau », résume l'adjoint aux fêtes, Bernard Castagné.

## Vingt minutes en musique

Le spectacle durera vingt minutes, sur une bande-son préparée par les élèves de l'école de musique. Il a coûté 14 000 euros, dont un tiers payé par le comité des fêtes.

Les pompiers resteront sur place toute la soirée, et un bateau de la base nautique surveillera le ponton.

## Navettes et route du lac fermée

La route du lac sera fermée à la circulation à partir de 20 heures. Des navettes gratuites partiront de la place de la Mairie toutes les quinze minutes, de 20 h 30 à 1 heure du matin.

La baignade sera interdite à partir de 19 heures. Les barbecues et les lanternes volantes sont interdits sur tout le site.

Les habitants des maisons qui bordent le lac ont reçu un courrier leur demandant de fermer leurs volets et de rentrer leurs chiens.

Le bal populaire aura lieu, comme d'habitude, sur la place de l'église après le feu.
"""),

dict(id="h74-fr-002", lang="fr", tpl="typo3", site="Commune de Saint-Vérand-les-Essarts", kind="public",
     section="Déchets et propreté", date="2026-04-28", byline="Service communication",
     title="Collecte des déchets dangereux des ménages : deux samedis en mai",
     sub="Peintures, solvants et produits de jardin pourront être déposés gratuitement, sur réservation.",
     caption="La déchetterie des Essarts.", credit="Photo : Commune de Saint-Vérand-les-Essarts",
     carry=["wasteamnesty"],
     body="""
La commune, en lien avec le syndicat intercommunal de collecte, organise deux journées de collecte des déchets dangereux des ménages les samedis 16 et 23 mai.

Ces déchets ne doivent jamais être jetés avec les ordures ménagères, dans l'évier ou dans la nature. Ils sont habituellement acceptés à la déchetterie, mais en petites quantités seulement.

## Déchets acceptés

Peuvent être apportés, dans leur emballage d'origine si possible :

- peintures, vernis, colles et solvants
- produits de traitement du jardin et de la piscine
- huiles de vidange et filtres
- produits d'entretien corrosifs

Les bouteilles de gaz, l'amiante, les extincteurs et les munitions ne sont pas acceptés. Pour ces déchets, renseignez-vous auprès de l'accueil de la mairie.

## Sur réservation

Pour éviter l'attente, le dépôt se fait sur rendez-vous. Chaque foyer peut déposer jusqu'à 30 kilos par passage. Un justificatif de domicile vous sera demandé.

Les agents du syndicat déchargent eux-mêmes les véhicules. Merci de ne pas mélanger les produits et de bien fermer les contenants.

Lors de la collecte de l'an dernier, 3,8 tonnes de déchets avaient été recueillies auprès de 212 foyers.

Les personnes sans véhicule peuvent demander un enlèvement à domicile auprès du centre communal d'action sociale.

Renseignements à l'accueil de la mairie, du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.
"""),

dict(id="h74-fr-003", lang="fr", tpl="medium", site="Le Carnet des Pentes", kind="indie", section="Quartier",
     date="2026-10-13", byline="Inès Bouchareb",
     title="Deux ans de perceuses partagées à la bibliothèque d'outils",
     sub="Dans une ancienne mercerie des Pentes, 640 adhérents empruntent scies, échelles et shampouineuses comme on emprunte des livres.",
     caption="Les étagères de la bibliothèque d'outils, rue des Tapis.", credit="Photo : Inès Bouchareb",
     look=[("bold", "Personne n'a jamais rendu une échelle en retard."), ("italic", "« Une perceuse sert treize minutes dans sa vie. »")],
     body="""
Si vous êtes passé rue des Tapis un samedi matin, vous avez vu la file. Des gens attendent devant une ancienne mercerie avec une ponceuse sous le bras, ou repartent avec une échelle sur l'épaule.

C'est la bibliothèque d'outils du quartier. Elle a ouvert il y a deux ans, et elle compte aujourd'hui 640 adhérents.

Le principe est celui d'une médiathèque : on paie 20 euros par an, et on emprunte ce dont on a besoin pour une semaine. Il y a 380 outils sur les étagères, presque tous donnés par des habitants.

Sa fondatrice, Maud Lherbier, a eu l'idée en vidant la cave de son père, où dormaient trois perceuses.

« Une perceuse sert treize minutes dans sa vie. »

Le chiffre vient d'une étude qu'elle cite souvent, et que personne n'a jamais pu retrouver. Mais tout le monde le répète.

## Les plus empruntés

Depuis l'ouverture, les outils qui sortent le plus sont :

1. la perceuse à percussion
2. l'échelle de quatre mètres
3. la shampouineuse à moquette
4. la scie sauteuse
5. le nettoyeur haute pression

Personne n'a jamais rendu une échelle en retard.

Les perceuses, c'est autre chose : l'une d'elles est revenue après cinq mois, avec un mot d'excuse et une boîte de chocolats.

Les bénévoles cherchent maintenant un local plus grand, et quelqu'un qui sache réparer les tondeuses. Si c'est votre cas, poussez la porte un samedi.
"""),

dict(id="h74-es-001", lang="es", tpl="wpbakery", site="El Faro de Villarrubia", section="Movilidad en Villarrubia",
     date="2026-03-24", byline="Marta Quintanilla",
     title="Villarrubia limita los patinetes de alquiler en el casco antiguo",
     sub="Los patinetes no podrán circular a más de 10 km/h en el centro histórico y solo podrán dejarse en 28 aparcamientos.",
     caption="Patinetes de alquiler aparcados junto a la estación de autobuses.", credit="Foto: Marta Quintanilla",
     body_caption="Una de las nuevas plazas para patinetes pintadas en la Plaza de Abastos.",
     carry=["escooterzones"],
     look=[("dropcap", "El Ayuntamiento de Villarrubia"), ("box", "Los patinetes llevan un localizador")],
     body="""
El Ayuntamiento de Villarrubia del Campo aprobó el jueves una ordenanza que limita la velocidad de los patinetes eléctricos de alquiler en el casco antiguo y obliga a dejarlos en aparcamientos señalizados.

La empresa que gestiona el servicio, con 450 patinetes en el municipio, tendrá tres meses para adaptar sus aparcamientos y su aplicación.

## Diez kilómetros por hora

En las calles del casco histórico los patinetes no podrán pasar de 10 km/h. En el paseo de la Ribera quedará prohibido circular entre las diez de la mañana y las diez de la noche, cuando está lleno de paseantes.

Los patinetes llevan un localizador, de modo que reducirán la velocidad o se pararán solos al entrar en estas zonas. El usuario verá un aviso en la pantalla del móvil.

Además, los vehículos solo podrán aparcarse en 28 plazas pintadas en el suelo. Quien deje el patinete fuera de ellas seguirá pagando el alquiler hasta que alguien lo recoja.

## Quejas de los vecinos

La concejala de Movilidad, Rocío Baena, explicó que el Ayuntamiento había recibido más de 300 quejas en un año, la mayoría por patinetes tirados en las aceras.

La asociación de vecinos del casco antiguo celebró la medida, aunque pidió más policía local por las noches. La oposición votó en contra al considerar que las multas deberían ir a la empresa y no a los usuarios.

Los patinetes privados no se ven afectados por la ordenanza, pero deberán respetar los mismos límites de velocidad.
"""),

dict(id="h74-es-002", lang="es", tpl="ghost", section="Medio ambiente", date="2026-05-04", byline="Sergio Lozano",
     title="El punto limpio móvil recogerá residuos peligrosos en La Aceña",
     sub="Durante dos sábados de mayo, los vecinos podrán entregar gratis pinturas, pesticidas y aceite de motor.",
     caption="El camión del punto limpio móvil en Valdeoliva.", credit="Foto: Sergio Lozano",
     carry=["wasteamnesty"],
     look=[("callout", "No se admiten residuos de empresas")],
     body="""
Compartir coche para llevar los botes de pintura al punto limpio es lo que llevan años haciendo muchos vecinos de La Aceña, a 30 kilómetros del más cercano. Este mes no hará falta.

La mancomunidad de residuos llevará su punto limpio móvil a la Plaza de la Feria de La Aceña el sábado 16 de mayo, una semana después de pasar por Valdeoliva.

Será la primera vez que el camión recoja también residuos peligrosos de los hogares, que hasta ahora solo se admitían en las instalaciones fijas.

Se podrán entregar, entre otros, pinturas y disolventes, pesticidas del huerto, aceite usado de motor, baterías de coche y fluorescentes.

No se admiten residuos de empresas ni cantidades superiores a 25 kilos por hogar.

El técnico de la mancomunidad Álvaro Peinado recordó que muchos productos que se guardan en las cocheras están prohibidos desde hace años. «Todavía aparecen botes de insecticidas que no se venden desde los noventa.»

Para evitar colas, el servicio funcionará con cita previa, que se puede pedir por teléfono o en la web de la mancomunidad.

Los productos deben llevarse bien cerrados, en su envase original siempre que sea posible y sin mezclar.

El año pasado la mancomunidad recogió 11 toneladas de residuos peligrosos en sus tres puntos limpios fijos.

El camión abrirá de diez de la mañana a una de la tarde.
"""),

dict(id="h74-es-003", lang="es", tpl="legacy-br", section="Cultura", date="2026-06-30", byline="Beatriz Olmedo",
     title="Valdeoliva recupera su cine de verano en el patio del antiguo colegio",
     sub="Tras doce años cerrado, el cine al aire libre vuelve con 300 sillas de tijera y una pantalla nueva.",
     caption="Las sillas del cine de verano, apiladas antes del estreno.", credit="Foto: Beatriz Olmedo",
     body="""
El cine de verano de Valdeoliva vuelve a abrir este viernes en el patio del antiguo colegio de San Roque, doce años después de su última sesión.

La recuperación ha sido cosa de la asociación cultural La Linterna, que reunió 9.000 euros con una rifa, dos verbenas y las aportaciones de los comercios del pueblo.

**Un proyector prestado**

El viejo proyector de 35 milímetros se vendió como chatarra en 2015. Las películas se verán ahora con un proyector digital que cede la diputación y una pantalla hinchable de ocho metros.

**La programación**

Habrá cine todos los viernes y sábados de julio y agosto. Estas son algunas de las películas:

- una comedia española del año pasado para el estreno
- dos películas de dibujos para las noches familiares
- un clásico en blanco y negro con orquesta en directo

La entrada costará tres euros, y los menores de diez años no pagarán. Se venderán pipas, altramuces y refrescos en el ambigú, como antes.

**Los recuerdos**

Entre los voluntarios está Antonio Ruedas, de 81 años, que fue acomodador del cine durante tres décadas. Ha vuelto a ponerse la gorra para la primera noche.

«Aquí me declaré a mi mujer, en la fila siete», cuenta.

Las sesiones empezarán a las diez y media de la noche. Se recomienda llevar una chaqueta.
"""),

dict(id="h74-ru-001", lang="ru", tpl="table", section="Город", date="2026-05-19", byline="Дарья Копылова",
     title="В Долинске ввели медленные зоны для самокатов",
     sub="На набережной прокатные самокаты будут ехать не быстрее 10 км/ч, а в парке «Берёзовая роща» остановятся совсем.",
     caption="Прокатные самокаты у Вокзальной площади.", credit="Фото: Дарья Копылова",
     carry=["escooterzones"],
     body="""
С понедельника прокатные электросамокаты в Долинске ездят по новым правилам: на набережной их скорость ограничена 10 километрами в час, а в парке «Берёзовая роща» они останавливаются автоматически.

Соглашение с двумя операторами проката подписала администрация города. Ограничения работают через приложение и спутниковую навигацию, так что водителю ничего не нужно включать.

По данным администрации, прошлым летом в городе произошло 46 происшествий с самокатами, в девяти случаях пострадали пешеходы. Больше всего жалоб поступало с набережной, где по выходным гуляют семьи с детьми.

## Где теперь нельзя

Новые правила коротко:

- набережная: не быстрее 10 км/ч
- парк «Берёзовая роща»: въезд запрещён
- площадь Ленина: оставлять самокаты нельзя
- возле школ и больницы: не быстрее 15 км/ч

Кроме того, самокаты теперь можно оставлять только на отмеченных парковках. Если бросить самокат в другом месте, поездка не завершится и деньги будут списываться дальше.

Заместитель главы города Олег Рябинин признал, что часть жителей хотела полного запрета. «Самокаты нужны студентам и тем, кто ездит на вокзал. Запретить проще, чем навести порядок, но это неправильно».

Операторы обещают убрать с улиц самокаты, которые стоят на месте дольше двух суток.

Кататься по-прежнему можно только с 18 лет.
"""),

dict(id="h74-ru-002", lang="ru", tpl="portal", section="Люди", date="2026-08-27", byline="Максим Зотов",
     title="«Река у каждого своя»: паромщик из Заречного — о 38 годах на переправе",
     sub="Виктор Семёнович Луговой перевозит людей и машины через реку с 1988 года. Осенью его паром заменит новый мост.",
     caption="Виктор Луговой на пароме у причала в Заречном.", credit="Фото: Максим Зотов",
     low=0,
     body="""
Виктор Семёнович Луговой водит паром между Заречным и Долинском с 1988 года. Осенью откроется новый мост, и переправу закроют. Мы поговорили с ним на причале между двумя рейсами.

**Сколько раз вы пересекли реку?**

Считал как-то: выходит больше ста тысяч. Туда и обратно, зимой и летом, пока лёд не встанет.

**Страшно на воде бывало?**

Один раз. В паводок 1994-го сорвало трос, и нас понесло вниз. Я тогда молодой был, не испугался. Испугался уже дома, когда рассказывал жене.

**А кого возили?**

Всех. Свадьбы, похороны, коров на ярмарку, пожарную машину. Однажды роды принимали прямо на палубе — девочку назвали Надеждой, она теперь врач в районной больнице.

**Мост — это хорошо?**

Для людей хорошо. Быстрее, круглый год. А мне жалко. На пароме люди разговаривают, а на мосту только едут.

**Чем займётесь?**

Внуки зовут на рыбалку. Говорят, дед, теперь у тебя наконец будет время посидеть на берегу, а не стоять на воде.

Последний рейс парома намечен на день открытия моста. Виктор Семёнович обещает дать на прощание три гудка.
"""),

dict(id="h74-ru-003", lang="ru", tpl="ucoz", site="Сосновые Ключи", kind="small", section="Новости села",
     date="2026-11-16", byline="admin_sosnovye",
     title="Наш сельский клуб снова открыт",
     sub="После двух лет ремонта в Сосновых Ключах открылся сельский клуб.",
     caption="Обновлённый зал сельского клуба.", credit="Фото: Людмила Гончарова",
     body="""
Дорогие односельчане! В субботу после двух лет ремонта снова открылся наш сельский клуб.

Клуб построили в 1961 году, и последний раз его ремонтировали ещё при совхозе. Крыша текла, полы прогнили, а зимой в зале было так холодно, что концерты проводили в пальто.

Деньги на ремонт выделили по областной программе, а часть работ сделали сами жители. Мужчины меняли полы и красили окна, женщины отмывали зал и шили новые занавесы для сцены.

Что теперь есть в клубе:

- тёплый зал на 120 мест с новой сценой
- библиотека с читальным уголком
- комната для кружков и репетиций
- туалет в здании, а не на улице

На открытие пришло почти всё село. Выступали школьный хор, ансамбль «Ключи» и Сергей Иванович со своим баяном.

Отдельное спасибо Людмиле Гончаровой за все фото с открытия, они лежат в нашем фотоальбоме.

Кружки начнут работать с декабря. Записаться можно у заведующей клубом Татьяны Николаевны по вторникам и четвергам.

Поделитесь этой новостью с теми, кто уехал из села, — пусть знают, что клуб снова работает.
"""),
]

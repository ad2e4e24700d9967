# Turkish, German, French, Spanish and Russian stories for the fifteenth held-out part (h15-*).
# Fictional; written for newsflow. Same markup and extra fields as articles_h15_en.py.
ARTICLES = [
dict(id="h15-tr-001", lang="tr", tpl="tilda", section="Deniz", date="2026-05-19", byline="Deniz Akbulut",
     title="Av yasağında boş kalmadılar: Küçük balıkçılar denizden 11 ton hayalet ağ çıkardı",
     sub="Gökçeliman'daki 40 tekne, dört ay boyunca ağ yerine dalgıçlarla birlikte çöp topladı.",
     caption="Gökçeliman limanına çıkarılan eski ağlar.", credit="Fotoğraf: Deniz Akbulut",
     body="""
Gökçeliman'ın küçük balıkçıları, av yasağının sürdüğü dört ayı denizin dibindeki terk edilmiş ağları toplamakla geçirdi. Kooperatifin açıkladığı rakama göre limana toplam 11 ton ağ çıkarıldı.

"Hayalet ağ" denilen bu ağlar, fırtınada kopan ya da kayalara takılıp bırakılan eski av ağları. Denizin dibinde yıllarca kalıyor, içine giren balıklar ve yengeçler de kurtulamıyor.

## Dalgıçlar yerini buldu, tekneler çekti

Çalışmayı Gökçeliman Su Ürünleri Kooperatifi ile bir dalış kulübü birlikte yürüttü. Dalgıçlar ağların yerini tespit edip işaretledi, balıkçılar da vinçli teknelerle ağları yüzeye çekti.

Takip edilen yöntem basitti: her sabah iki tekne, önceki gün işaretlenen noktalara gitti, öğleden sonra yükünü limanda boşalttı.

Balıkçılara günlük 1.500 lira ödendi. Para, bir çevre vakfının hibesinden karşılandı.

"Yasakta evde oturacağımıza denizi temizledik."

## Ağlar ne olacak

Kooperatif başkanı Hüseyin Tanrıverdi, çıkarılan ağların çöpe gitmeyeceğini söyledi. Kooperatif, bir geri dönüşüm firmasıyla iletişim halinde ve ağlar şu şekilde değerlendirilecek:

- naylon ağlar eritilip plastik granüle dönüştürülecek;
- sağlam parçalar onarılıp yeniden kullanılacak;
- kurşun ağırlıklar ayrılıp satılacak.

Tanrıverdi, limanın doğusunda hâlâ en az 20 ağın işaretli olduğunu, bunların gelecek yasak döneminde çıkarılacağını belirtti. Kooperatif, aynı çalışmanın komşu limanlarda da yapılması için valiliğe başvurdu.
"""),

dict(id="h15-tr-002", lang="tr", tpl="hugo", section="Kültür", date="2025-12-16", byline="Zeynep Özkaya",
     title="Kapanan köy okulu, 6 bin kitaplık bir halk kütüphanesine dönüştü",
     sub="Kurtuluş köyündeki okul binasını köylüler ve gönüllü öğretmenler iki yılda onardı.",
     caption="Kurtuluş Köy Kütüphanesi'nin okuma salonu.", credit="Fotoğraf: Zeynep Özkaya",
     body="""
Kurtuluş köyünde 2019'da öğrenci kalmadığı için kapanan ilkokul, cumartesi günü köy kütüphanesi olarak yeniden kapılarını açtı. Raflarda şu an 6 bin kitap var.

Binayı köylüler ve ilçedeki emekli öğretmenlerin kurduğu bir dernek iki yılda onardı. Çatı yenilendi, sobalar yerine ısı pompası takıldı, eski sınıflardan biri çocuk bölümüne çevrildi.

## Kitaplar bağışla geldi

Kitapların neredeyse tamamı bağış. Derneğin sosyal medyadan yaptığı çağrıya Türkiye'nin dört bir yanından yanıt geldi; koliler altı ay boyunca köyün muhtarlığına ulaştı.

Okumak için artık ilçeye gitmek gerekmiyor, diyor derneğin başkanı emekli öğretmen Necla Sarı. "En yakın kütüphane 34 kilometre uzakta. Otobüs günde bir kez geçiyor."

Kütüphaneye üyelik ücretsiz. Haftada dört gün açık olacak ve gönüllüler sırayla görev yapacak. Açık olduğu günler şöyle:

- salı ve perşembe öğleden sonra;
- cumartesi tüm gün;
- pazar sabahı.

## Sıra bilgisayarlarda

Açılışa komşu köylerden de yüzlerce kişi geldi. Dokuz yaşındaki Elif, okul bitince her gün buraya geleceğini söyledi.

"Burası benim okulumdu, şimdi yine benim."

Dernek, bir sonraki adımda kütüphaneye internet bağlantısı ve üç bilgisayar getirmeyi planlıyor. Bunun için il milli eğitim müdürlüğüyle görüşmeler sürüyor.
"""),

dict(id="h15-tr-003", lang="tr", tpl="portal", section="Yaşam", date="2026-06-09", byline="Burak Şendil",
     title="Hayvanat bahçesinde dünyaya gelen iki vaşak yavrusu ilk kez ziyaretçilerle buluştu",
     sub="",
     caption="Vaşak yavruları annelerinin yanında.", credit="Fotoğraf: Burak Şendil",
     body="""
Bozdağ Doğal Yaşam Parkı'nda nisan ayında doğan iki vaşak yavrusu, pazartesi günü ilk kez ziyaretçilerin görebileceği alana çıkarıldı.

Yavruların annesi Karya, dört yıl önce yaralı halde bulunup parka getirilmişti. Tedavisinin ardından doğaya salınamayacağına karar verilen hayvan, parkta kalan bir erkek vaşakla aynı alana alınmıştı.

## Ziyaret saatleri sınırlı

Park müdürü Gülşen Aydemir, yavruların ilk haftalarda kalabalıktan etkilenmemesi için vaşak alanının günde yalnızca iki saat açık olacağını söyledi.

Ziyaretçilerden de bazı kurallara uymaları isteniyor:

- alanın önünde en fazla beş dakika durulması;
- yüksek sesle konuşulmaması;
- fotoğraf çekerken flaş kullanılmaması.

Paylaşmadan önce biraz düşünmek de gerekiyor, diyor Aydemir: Sosyal medyada yavruların yanına yaklaşan ziyaretçilerin görüntüleri yayılırsa, başkaları da aynısını yapmaya çalışıyor.

"Onlar bizim değil, dağın çocukları."

## İsim yarışması

Park, yavrulara isim bulmak için bir yarışma da başlattı. Öneriler park girişindeki kutuya bırakılabiliyor. Kazanan isimler, ağustos başında ilkokul öğrencilerinden oluşan bir jüri tarafından seçilecek.

Parkın veteriner hekimi Oğuz Kaplan, yavruların sağlıklı olduğunu ve kilo almaya devam ettiğini belirtti. Kaplan, yavruların sonbaharda daha geniş bir alana taşınacağını söyledi.
"""),

dict(id="h15-de-001", lang="de", tpl="tilda", section="Verkehr", date="2026-04-28", byline="Malte Kessler",
     title="Radschnellweg zwischen Lindenau und Hagenbeck: Der erste Abschnitt ist fertig",
     sub="Auf 6,4 Kilometern können Radfahrer jetzt ohne Ampel von Ort zu Ort fahren.",
     caption="Der neue Radschnellweg am Ortsausgang von Lindenau.", credit="Foto: Malte Kessler",
     body="""
Nach zwei Jahren Bauzeit ist der erste Abschnitt des Radschnellwegs zwischen Lindenau und Hagenbeck freigegeben. Am Samstag radelten rund 300 Menschen bei der Eröffnung die 6,4 Kilometer lange Strecke ab.

Der Weg ist vier Meter breit, durchgehend beleuchtet und hat keine einzige Ampel. Wo er Straßen kreuzt, haben Radfahrer Vorfahrt oder fahren durch eine Unterführung.

## Vor allem für Pendler gedacht

Folgt man der Trasse, sieht man, wofür sie gebaut wurde: Sie verläuft auf der alten Bahnlinie, direkt vom Lindenauer Wohngebiet Am Hang bis zum Gewerbegebiet in Hagenbeck, wo rund 4.000 Menschen arbeiten.

„Mit dem Rad bin ich jetzt schneller als mit dem Auto.“

Das sagt Petra Laubach, die seit Jahren in Hagenbeck als Buchhalterin arbeitet und den Weg schon in der ersten Woche täglich fuhr.

Die Baukosten lagen bei 9,8 Millionen Euro, drei Viertel davon zahlen Bund und Land. Den Rest teilen sich die beiden Gemeinden.

## Wie es weitergeht

Der zweite Abschnitt bis zum Bahnhof Hagenbeck soll 2028 fertig sein. Die Planer stehen nach eigenen Angaben mit der Deutschen Bahn in Kontakt, weil der Weg dort ein Gleis überqueren muss.

Noch offen sind einige Punkte, die bei der Eröffnung kritisiert wurden:

- an zwei Zufahrten fehlen noch Wegweiser;
- die Beleuchtung schaltet sich nachts zu früh ab;
- Fußgänger nutzen den Weg häufig, obwohl es daneben einen Gehweg gibt.

Bürgermeister Jens Oltmanns kündigte an, die Mängel bis zum Sommer zu beheben.
"""),

dict(id="h15-de-002", lang="de", tpl="cms", section="Geschichte", date="2025-10-21", byline="Annette Rhode",
     title="Bauarbeiter stoßen unter dem Marktplatz auf mittelalterlichen Brunnen",
     sub="",
     caption="Der freigelegte Brunnen am Marktplatz von Steinfurth.", credit="Foto: Annette Rhode",
     body="""
Bei Arbeiten an den Wasserleitungen unter dem Marktplatz von Steinfurth haben Bauarbeiter einen gemauerten Brunnen aus dem Mittelalter entdeckt. Die Bauarbeiten ruhen seit vergangener Woche.

Der Brunnen hat einen Durchmesser von gut einem Meter und ist aus Sandsteinblöcken gesetzt. Nach ersten Schätzungen der Kreisarchäologie stammt er aus dem 14. Jahrhundert.

## Funde im Schacht

Bisher haben die Archäologen den Schacht bis in eine Tiefe von vier Metern freigelegt. Dabei kamen zahlreiche Gegenstände zum Vorschein, darunter:

- Scherben von Krügen und Bechern;
- ein Holzeimer mit eisernem Henkel;
- Tierknochen, vermutlich Küchenabfälle;
- mehrere Münzen, die noch bestimmt werden müssen.

Lesen lässt sich aus den Funden bereits einiges über das Leben am Markt, sagt Kreisarchäologin Dr. Sabine Holler. „Irgendwann wurde der Brunnen nicht mehr gebraucht und als Müllgrube genutzt.“

## Was wird aus dem Fund?

Die Stadt will den Brunnen erhalten. Im Gespräch ist, ihn mit einer begehbaren Glasplatte abzudecken, sodass er vom Marktplatz aus sichtbar bleibt.

„Das ist ein Fenster in die Stadtgeschichte.“

Die Kosten dafür sind noch unklar. Bürgermeister Andreas Pohl sagte, man sei mit dem Landesamt für Denkmalpflege in Kontakt, um Fördermittel zu beantragen.

Die Leitungsarbeiten sollen Ende November weitergehen. Der Wochenmarkt findet bis dahin auf dem Parkplatz an der Stadthalle statt.
"""),

dict(id="h15-de-003", lang="de", tpl="legacy-br", section="Sicherheit", date="2026-03-10", byline="Ralf Mertens",
     title="Neue Sirenen im ganzen Landkreis: Am Donnerstag heulen sie zur Probe",
     sub="",
     caption="Eine der neuen Sirenen auf dem Dach der Grundschule Oberried.", credit="Foto: Ralf Mertens",
     body="""
Am Donnerstag um 11 Uhr heulen im ganzen Landkreis Waldeck-Süd die Sirenen. Es ist der erste Probealarm mit den 48 neuen elektronischen Sirenen, die der Kreis seit dem Hochwasser vor zwei Jahren aufgebaut hat.

Damals hatten viele Menschen in den Dörfern an der Eder nicht mitbekommen, dass sie ihre Häuser verlassen sollten. Die alten Sirenen waren in den Neunzigerjahren abgebaut worden.

## So klingt der Alarm

Beim Probealarm werden nacheinander drei Signale zu hören sein:

- ein einminütiger Dauerton: Entwarnung;
- ein einminütiger auf- und abschwellender Heulton: Warnung;
- erneut ein Dauerton.

Zeitgleich wird eine Probewarnung über die Warn-Apps und per Cell Broadcast auf Mobiltelefone geschickt.

Abonnieren lassen sich die Warnungen für den eigenen Ort in der App Nina, sagt Kreisbrandmeister Uwe Schaller. Wer keine App nutzt, bekommt die Nachricht trotzdem aufs Handy.

## Rückmeldung erwünscht

Der Kreis bittet die Bevölkerung, sich zu melden, wenn eine Sirene nicht zu hören war. Dafür gibt es einen Online-Fragebogen und eine Telefonnummer.

„Jede Meldung hilft uns, Lücken zu schließen.“

Für ältere und schwerhörige Menschen arbeitet der Kreis an einer Lösung. Man stehe mit den Pflegediensten in Kontakt, so Schaller, damit diese ihre Kundinnen und Kunden vor dem Probealarm informieren.
"""),

dict(id="h15-fr-001", lang="fr", tpl="tilda", section="Culture", date="2025-08-26", byline="Élodie Marchetti",
     title="À Saint-Aubin-des-Prés, le festival de musique tient grâce à 400 bénévoles",
     sub="Pour sa dixième édition, « Les Prés Sonnent » a accueilli 12 000 spectateurs en trois jours.",
     caption="La scène principale des Prés Sonnent, samedi soir.", credit="Photo : Élodie Marchetti",
     body="""
Ils étaient 400 bénévoles, pour un village de 900 habitants. Sans eux, le festival « Les Prés Sonnent » n'aurait jamais passé le cap des dix ans, reconnaissent ses organisateurs.

Du vendredi au dimanche, 12 000 spectateurs se sont succédé dans la prairie qui borde la rivière, pour une trentaine de concerts, de la chanson française au rock.

## Un budget serré

Le festival fonctionne avec un budget de 380 000 euros, dont moins d'un dixième de subventions. Le reste provient de la billetterie et de la buvette, tenue elle aussi par des bénévoles.

Écouter les bénévoles parler du festival, c'est entendre la même chose : on vient pour la musique, on revient pour l'ambiance. Certains prennent leurs congés chaque année pour être là.

« Ici, je fais la vaisselle avec mon ancien prof de maths. »

La présidente de l'association, Sandrine Vallet, explique que les bénévoles sont répartis en équipes :

- l'accueil et le contrôle des billets ;
- la buvette et la restauration ;
- le camping ;
- le montage et le démontage des scènes.

## L'avenir en question

La hausse des cachets des artistes inquiète les organisateurs. L'association est en contact avec deux autres festivals du département pour négocier ensemble certaines tournées.

La commune, elle, soutient l'événement. Le maire, Bernard Cholet, rappelle que la prairie est mise à disposition gratuitement et que les commerçants du village réalisent ce week-end-là une part importante de leur chiffre d'affaires.
"""),

dict(id="h15-fr-002", lang="fr", tpl="nextjs", section="Culture", date="2026-01-27", byline="Thibault Renaudin",
     title="La médiathèque de Villeneuve-sur-Orge supprime les pénalités de retard",
     sub="",
     caption="L'accueil de la médiathèque Jacques-Prévert.", credit="Photo : Thibault Renaudin",
     body="""
Rendre un livre en retard ne coûtera plus rien à Villeneuve-sur-Orge. Depuis le 1er janvier, la médiathèque Jacques-Prévert a supprimé les pénalités, qui s'élevaient jusqu'ici à 15 centimes par document et par jour.

La mesure a été votée en décembre par le conseil municipal. Elle représente un manque à gagner d'environ 4 000 euros par an pour la commune.

## Des lecteurs qui ne revenaient plus

La directrice, Claire Aubanel, explique que les amendes faisaient fuir une partie du public. Au moment du vote, 640 usagers avaient un compte bloqué pour une dette, souvent de quelques euros seulement.

« Ce sont souvent ceux qui ont le plus besoin de nous. »

Toutes ces dettes ont été effacées. Les règles restent cependant les mêmes sur plusieurs points :

- la durée de prêt reste de trois semaines ;
- un document perdu ou abîmé doit être remplacé ;
- après deux relances, l'emprunt de nouveaux documents est suspendu.

S'abonner à la médiathèque reste gratuit pour les habitants de la commune. Les habitants des communes voisines paient 12 euros par an.

## Premier bilan

En trois semaines, 85 anciens lecteurs sont revenus, et beaucoup ont rapporté des livres qu'ils gardaient depuis des mois. Un habitant a rendu un album de Tintin emprunté en 2011.

La médiathèque annoncera les prochaines étapes dans sa lettre d'information mensuelle. D'autres communes de l'agglomération étudient déjà la même mesure.
"""),

dict(id="h15-fr-003", lang="fr", tpl="blox", section="Littoral", date="2026-02-17", byline="Gwenaëlle Le Bihan",
     title="Pêche à pied : la récolte des coques interdite jusqu'à nouvel ordre dans l'anse de Kervoal",
     sub="Une bactérie a été détectée lors d'un contrôle de routine ; les pêcheurs professionnels sont aussi concernés.",
     caption="L'anse de Kervoal à marée basse.", credit="Photo : Gwenaëlle Le Bihan",
     body="""
La pêche à pied des coques est interdite depuis vendredi dans l'anse de Kervoal, après la découverte d'une bactérie dans les coquillages lors d'un contrôle sanitaire de routine.

L'arrêté préfectoral s'applique aussi aux professionnels. Une quinzaine de pêcheurs titulaires d'une licence travaillaient sur le gisement, l'un des plus productifs du département.

## Ce qui est interdit

L'arrêté interdit, jusqu'à nouvel ordre :

- la récolte des coques et des palourdes ;
- leur commercialisation ;
- leur consommation, y compris après cuisson.

La pêche des huîtres et des moules n'est pas concernée, les analyses étant bonnes pour ces espèces.

Partager les informations de la préfecture est la meilleure chose à faire, insiste la mairie, car beaucoup de pêcheurs occasionnels ne lisent pas les panneaux. Des agents sont passés sur la plage dimanche à marée basse.

## L'inquiétude des professionnels

Pour les pêcheurs licenciés, l'interdiction tombe au plus mauvais moment. Yannick Guéguen, pêcheur à pied depuis vingt ans, estime perdre 150 euros par marée.

« Deux semaines sans travailler, on tient. Deux mois, non. »

Le comité régional des pêches est en contact avec la préfecture pour obtenir des aides. De nouvelles analyses seront faites chaque semaine ; il faudra deux résultats favorables d'affilée pour lever l'interdiction.

Le gisement avait déjà été fermé en 2023 pendant six semaines, après de fortes pluies.
"""),

dict(id="h15-es-001", lang="es", tpl="sanity", section="Emergencias", date="2025-11-04", byline="Marta Villanueva",
     title="El canal de avisos de Protección Civil de Almendralejo del Río suma 9.000 seguidores en un mes",
     sub="El Ayuntamiento lo creó tras las inundaciones del otoño pasado, cuando muchos vecinos no recibieron ningún aviso.",
     caption="El centro de coordinación de Protección Civil.", credit="Foto: Marta Villanueva",
     body="""
El canal de WhatsApp que Protección Civil de Almendralejo del Río abrió a principios de octubre para avisar de emergencias tiene ya 9.000 seguidores, casi la mitad de la población del municipio.

El Ayuntamiento lo puso en marcha tras las inundaciones del año pasado, cuando el río se desbordó de madrugada y muchos vecinos de la zona baja se enteraron por el ruido del agua.

## Solo avisos, sin mensajes de vuelta

Seguir el canal es sencillo: basta con escanear un código QR que se ha repartido en los buzones o buscarlo por su nombre en la aplicación. Los seguidores no pueden escribir ni ver los números de los demás.

El concejal de Seguridad, Julián Carmona, insiste en que el Ayuntamiento no guarda ningún dato de quienes se unen. "No pedimos ni el nombre."

El canal publicará únicamente:

- alertas por lluvias, viento o temperaturas extremas;
- cortes de carreteras y de suministro;
- instrucciones en caso de evacuación.

## Sin cookies ni publicidad

La web municipal, donde también aparecen los avisos, se rediseñó al mismo tiempo. Ya no muestra anuncios y solo usa las cookies técnicas imprescindibles, sin pedir consentimiento para nada más.

Protección Civil está en contacto con la Confederación Hidrográfica para recibir sus datos del nivel del río en tiempo real. El objetivo es que el aviso llegue al menos dos horas antes de que el agua alcance las primeras casas.
"""),

dict(id="h15-es-002", lang="es", tpl="hugo", section="Movilidad", date="2026-04-07", byline="Iker Zubiaurre", site="La Voz de Castrobarca",
     title="El carril bici de la avenida del Puerto abre con quejas por las plazas de carga y descarga",
     sub="El nuevo trazado une el centro con la playa en 2,8 kilómetros.",
     caption="Ciclistas en el nuevo carril de la avenida del Puerto.", credit="Foto: Iker Zubiaurre",
     body="""
El carril bici de la avenida del Puerto de Castrobarca se abrió el lunes, tras siete meses de obras. Tiene 2,8 kilómetros y une la plaza del Ayuntamiento con el paseo marítimo.

Es bidireccional, mide tres metros de ancho y está separado de la calzada por una mediana con árboles. Su construcción ha costado 2,1 millones de euros, financiados en su mayor parte con fondos europeos.

## Menos aparcamiento

Para hacer sitio al carril, la avenida ha perdido 96 plazas de aparcamiento. Los comerciantes de la zona se quejan sobre todo de que las zonas de carga y descarga se han reducido a la mitad.

Escuchar a los repartidores basta para entender el problema. Muchos paran ahora en doble fila o en los pasos de peatones, y la Policía Local ya ha puesto varias multas.

"Nadie pensó en cómo llega la mercancía a las tiendas."

La asociación de comerciantes ha pedido al Ayuntamiento tres cambios:

- ampliar las zonas de carga y descarga de la calle Mayor;
- permitir la descarga en el carril bici antes de las nueve;
- rebajar la tarifa del aparcamiento de la estación.

## La respuesta municipal

La concejala de Movilidad, Begoña Arrieta, descarta la segunda propuesta, pero ha anunciado que se crearán cuatro nuevas zonas de carga en calles laterales.

Según los contadores instalados en el carril, el primer día pasaron por él 1.140 bicicletas y patinetes.
"""),

dict(id="h15-es-003", lang="es", tpl="semantic", section="Cultura", date="2025-09-23", byline="Lucía Benavente", low=1, site="Heraldo de Valdecañas",
     only=["copyright"],
     title="El yacimiento romano de La Atalaya abre sus excavaciones a las visitas guiadas",
     sub="",
     caption="Arqueólogos trabajando en La Atalaya.", credit="Foto: Lucía Benavente",
     body="""
El yacimiento romano de La Atalaya, en el término municipal de Valdecañas, abrirá a partir de octubre sus excavaciones a visitas guiadas los fines de semana. Hasta ahora solo podía verse desde el exterior de la valla.

Las excavaciones, que comenzaron en 2021, han sacado a la luz una villa del siglo IV con varias estancias con mosaicos, unas termas privadas y un pequeño almacén de aceite.

## Cómo serán las visitas

Las visitas las dirigirán los propios arqueólogos del equipo, de la Universidad de Extremadura, y durarán alrededor de una hora y media. Habrá dos turnos cada sábado y domingo, con un máximo de 25 personas por grupo.

Leer los paneles que se han instalado junto a cada zona permite seguir la visita también por libre, aunque solo en la parte exterior. Los mosaicos permanecerán cubiertos salvo durante las visitas guiadas.

El director de la excavación, Ramón Escudero, explica que abrir el yacimiento era una deuda con el pueblo.

"Los vecinos llevan años viendo camiones y lonas sin saber qué hay debajo."

## Reservas y precio

La entrada costará cuatro euros, y será gratuita para los empadronados en Valdecañas y los menores de doce años. Las reservas se harán:

- por teléfono en la oficina de turismo;
- en la página web del Ayuntamiento;
- en el propio yacimiento, si quedan plazas.

La campaña de excavación de este año continuará hasta finales de noviembre.
"""),

dict(id="h15-ru-001", lang="ru", tpl="tilda", section="Культура", date="2026-02-10", byline="Ольга Чернова",
     title="Библиотека в Сосновке теперь открыта по вечерам — впервые за 20 лет",
     sub="Продлить часы работы удалось благодаря волонтёрам из числа постоянных читателей.",
     caption="Читальный зал сельской библиотеки в Сосновке.", credit="Фото: Ольга Чернова",
     body="""
Сельская библиотека в Сосновке с февраля работает до восьми вечера по вторникам и четвергам. Раньше она закрывалась в пять, когда большинство жителей ещё на работе.

Библиотекарь в Сосновке одна — Тамара Ивановна Гусева, которая работает здесь с 1998 года. Продлить часы помогли пятеро постоянных читателей: по вечерам они дежурят в библиотеке по очереди.

## Кто приходит вечером

За первые две недели вечером в библиотеку пришли 74 человека. Гусева говорит, что многих из них она раньше почти не видела.

«Приходят после смены, с детьми, некоторые — просто посидеть в тепле».

Подписаться на новые поступления можно в группе библиотеки в мессенджере: раз в неделю там публикуют список книг, которые пришли из районного фонда.

## Что нужно библиотеке

Районная администрация на связи с библиотекой и обещала выделить деньги на новые стеллажи. По словам Гусевой, в первую очередь библиотеке нужны:

- детские книги, особенно для младших школьников;
- ноутбук для читального зала;
- хорошее освещение в зале.

Волонтёры получают за дежурства бесплатную подписку на два журнала, которые выписывает библиотека, и, как шутит один из них, право первым брать новые детективы.

«Мы не работаем, мы отдыхаем».

Если эксперимент окажется удачным, вечерние часы могут ввести и в двух соседних сёлах.
"""),

dict(id="h15-ru-002", lang="ru", tpl="wordpress", section="Выборы", date="2025-09-16", byline="Андрей Ломакин",
     title="В Озёрном выбрали новый совет депутатов: половина его состава — новички",
     sub="",
     caption="Подсчёт голосов на избирательном участке в Озёрном.", credit="Фото: Андрей Ломакин",
     body="""
В посёлке Озёрный подвели итоги выборов в совет депутатов. Из десяти депутатов пятеро избраны впервые.

Явка составила 38 процентов — заметно больше, чем пять лет назад, когда на участки пришла примерно четверть избирателей. Голосование шло три дня.

## Кто прошёл в совет

Самый высокий результат показала учительница местной школы Наталья Сомова: за неё проголосовали 61 процент избирателей её округа. Среди новых депутатов также:

- фермер Виктор Гуляев;
- фельдшер поселковой амбулатории Ирина Белова;
- директор дома культуры Семён Жаров;
- двое предпринимателей.

Следить за подсчётом голосов на одном из участков приходили наблюдатели от всех кандидатов. Жалоб на нарушения, по данным избирательной комиссии, не поступало.

«Люди хотят, чтобы их услышали».

Так объяснила высокую явку Сомова. Во время кампании она обошла, по её словам, больше 400 домов.

## Первое заседание

Первое заседание нового совета назначено на конец сентября. На нём выберут председателя.

Депутатам предстоит принять бюджет на следующий год. Главными темами кампании были ремонт дороги к станции, работа амбулатории и уличное освещение.

Глава посёлка Пётр Журавлёв заявил, что уже на связи с новыми депутатами и готов обсуждать их предложения.
"""),

dict(id="h15-ru-003", lang="ru", tpl="amp", section="Происшествия", date="2026-04-21", byline="Елена Самарина",
     title="Паводок в Заречье: волонтёры на лодках неделю возили продукты в отрезанные деревни",
     sub="",
     caption="Волонтёры грузят продукты в лодку у моста в Заречье.", credit="Фото: Елена Самарина",
     body="""
Вода в реке Сеже начала спадать, и дорога к трём деревням Заречного района снова открыта. Неделю до этого туда можно было добраться только на лодке.

Всё это время продукты и лекарства жителям возили волонтёры. По подсчётам районного штаба, они совершили больше 120 рейсов.

## Как это было устроено

В деревнях Горки, Луговая и Старое Поле живут около 180 человек, в основном пожилые. Заявки собирали старосты и передавали их по телефону в штаб, который работал в здании администрации.

Делиться лодками пришлось всем, у кого они были: из 14 лодок, задействованных в рейсах, только три принадлежали спасателям. Остальные дали рыбаки и дачники.

Волонтёры доставляли:

- хлеб и другие продукты;
- лекарства по рецептам;
- корм для скота;
- питьевую воду.

«Бабушки нас встречали с пирогами. Каждый раз».

## Если вода вернётся

Глава района Сергей Ковалёв сказал, что администрация на связи со спасателями и следит за уровнем воды. Если он снова поднимется, штаб возобновит работу.

Жителям, чьи дома пострадали от воды, обещают выплаты. Комиссия начнёт обходить дома на следующей неделе, фотографии повреждений просят сохранить.

По словам Ковалёва, в следующем году на дороге к деревням поднимут насыпь на самом низком участке.
"""),
]
